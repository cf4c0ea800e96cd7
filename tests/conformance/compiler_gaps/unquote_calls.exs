# Mod.unquote(name)(args), unquote(mod).fun() and quote bind_quoted: with a case in a def body.
defmodule Gen do
  defmacro defcall(name, mod, fun) do
    quote do
      def unquote(name)(x), do: unquote(mod).unquote(fun)(x)
    end
  end
  defmacro defcall2(name) do
    quote do
      def unquote(name)(x), do: String.unquote(name)(x)
    end
  end
  defmacro defcase(name, val) do
    quote bind_quoted: [name: name, val: val] do
      def unquote(name)(x) do
        case x do
          x when x == unquote(val) -> :same
          {a, b} -> a + b + unquote(val)
          _ -> :other
        end
      end
    end
  end
  defmacro callmod(mod) do
    quote do: unquote(mod).hello()
  end
end
defmodule Hello do
  def hello, do: :hi
end
defmodule Use do
  require Gen
  Gen.defcall(:up, String, :upcase)
  Gen.defcall2(:downcase)
  Gen.defcase(:chk, 3)
  Gen.defcase(:chk2, 10)
  def h, do: Gen.callmod(Hello)
end
IO.inspect Use.up("abc")
IO.inspect Use.downcase("ABC")
IO.inspect {Use.chk(3), Use.chk({1, 2}), Use.chk(:z)}
IO.inspect {Use.chk2(:x), Use.chk2(5)}
IO.inspect Use.h()
q = quote do: Mod.unquote(:fun)(1, 2)
IO.inspect q
IO.puts Macro.to_string(q)
m = Enum
IO.inspect Code.eval_quoted(quote do: unquote(m).sum([1,2]))
IO.inspect quote(do: unquote(m).sum([1,2]))
