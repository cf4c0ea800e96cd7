defprotocol Show do
  def show(x)
end

IO.puts("before")
Show.show({:no, :impl})
IO.puts("never")
