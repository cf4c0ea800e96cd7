IO.inspect quote(do: ~r/a\/b/)
for f <- [quote(do: !!x), quote(do: not not x), quote(do: -(+x)), quote(do: !(-x)), quote(do: -@a), quote(do: ^(-x)), quote(do: Foo.bar(x) do 1 end), quote(do: Foo.bar do 1 end), quote(do: f(1, 2) do :a end), quote(do: test "name" do :ok end), quote(do: describe("x", do: 1))] do
  IO.puts Macro.to_string(f)
end
