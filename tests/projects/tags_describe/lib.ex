defmodule Temp do
  def c_to_f(c), do: c * 9 / 5 + 32
  def f_to_c(f), do: (f - 32) * 5 / 9
end
