# External and local captures call their functions; apply/2 with funs.
defmodule CapCalls do
  def double(x), do: x * 2
  defp triple(x), do: x * 3
  def caps, do: {&double/1, &triple/1, &CapCalls.double/1}
end
{d, t, e} = CapCalls.caps()
IO.inspect({d.(2), t.(2), e.(2)})
IO.inspect(Enum.map([1, 2, 3], &Integer.to_string/1))
IO.inspect(apply(&String.upcase/1, ["abc"]))
IO.inspect(apply(&:erlang.apply/2, [&String.upcase/1, ["x"]]))
ap = &:erlang.apply/2
IO.inspect(ap.(fn a, b -> a + b end, [1, 2]))
ap3 = &apply/3
IO.inspect(ap3.(Enum, :sum, [[1, 2, 3]]))
IO.inspect(Function.capture(String, :duplicate, 2).("ab", 3))
IO.inspect(:erlang.make_fun(Enum, :reverse, 1).([1, 2]))
IO.inspect(Function.identity(:same))
IO.inspect(Enum.map([1, 2], &Function.identity/1))
IO.inspect(is_function(&Foo.bar/3, 3))
IO.inspect(is_function(&Foo.bar/3, 2))
IO.inspect(is_function(&Foo.bar/3))
f = &Enum.count/1
IO.inspect(spawn(fn -> f.([1]) end) |> is_pid())
