# import/alias/require before a defmodule in the same file reach the module
# body, as the module inherits the file's lexical environment.
import Bitwise
alias String, as: Str
require Integer

defmodule Bits do
  def pop_count(0), do: 0
  def pop_count(n), do: (n &&& 1) + pop_count(n >>> 1)
  def up(s), do: Str.upcase(s)
  def even?(n), do: Integer.is_even(n)
end

IO.inspect(Bits.pop_count(255))
IO.inspect(Bits.pop_count(1_267_650_600_228_229_401_496_703_205_375))
IO.inspect(Bits.up("abc"))
IO.inspect(Bits.even?(4))
IO.inspect(5 ^^^ 3)

defmodule Second do
  # a second module sees them too
  def shifted(x), do: x <<< 2
end

IO.inspect(Second.shifted(3))

defmodule Third do
  import Enum, only: [sum: 1]
  def total(l), do: sum(l) ||| 1
end

IO.inspect(Third.total([2, 4]))
