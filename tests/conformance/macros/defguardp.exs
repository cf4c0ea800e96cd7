defmodule PrivGuard do
  defguardp is_vowel(c) when c in [?a, ?e, ?i, ?o, ?u]
  defguard is_digit(c) when c >= ?0 and c <= ?9

  def kind(c) when is_vowel(c), do: :vowel
  def kind(c) when is_digit(c), do: :digit
  def kind(_), do: :other
end

defmodule UsesDigit do
  require PrivGuard
  def digit?(c) when PrivGuard.is_digit(c), do: true
  def digit?(_), do: false
end

IO.inspect(PrivGuard.kind(?a))
IO.inspect(PrivGuard.kind(?7))
IO.inspect(PrivGuard.kind(?z))
IO.inspect(UsesDigit.digit?(?3))
IO.inspect(UsesDigit.digit?(?x))
