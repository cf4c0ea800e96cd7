defprotocol P do
  def f(x)
end


defimpl P do
  def f(x), do: x
end

IO.puts("never")
