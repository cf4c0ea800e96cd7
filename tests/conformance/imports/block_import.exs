# import and require last to the end of the block they are in, as in Elixir.
defmodule Helpers do
  defmacro twice(x), do: quote(do: unquote(x) * 2)
  def triple(x), do: x * 3
  def first([h | _]), do: h
end

defmodule Imports do
  defp imported?(env, module), do: Enum.any?(env.functions, fn {m, _} -> m == module end)
  defp macro_imported?(env, module), do: Enum.any?(env.macros, fn {m, _} -> m == module end)
  defp required?(env, module), do: Enum.member?(env.requires, module)

  def in_if do
    r =
      if true do
        import Helpers
        first([:a, :b])
      end
    IO.inspect {r, imported?(__ENV__, Helpers)}
  end

  def in_case(x) do
    r =
      case x do
        :import ->
          import Helpers
          {twice(5), triple(2), macro_imported?(__ENV__, Helpers)}
        _ ->
          {:none, macro_imported?(__ENV__, Helpers)}
      end
    IO.inspect {r, imported?(__ENV__, Helpers), macro_imported?(__ENV__, Helpers)}
  end

  def in_fn do
    f = fn x ->
      import Helpers, only: [triple: 1]
      triple(x)
    end
    IO.inspect {f.(3), imported?(__ENV__, Helpers)}
  end

  def whole_function do
    import Helpers
    r = if true, do: first([1]), else: triple(2)
    IO.inspect {r, imported?(__ENV__, Helpers)}
  end

  def in_parens do
    (import Helpers; :ok)
    IO.inspect {triple(1), imported?(__ENV__, Helpers)}
  end

  def requires do
    if true do
      require Helpers
      IO.inspect {Helpers.twice(3), required?(__ENV__, Helpers)}
    end
    IO.inspect required?(__ENV__, Helpers)
  end

  def require_as do
    case 1 do
      1 ->
        require Helpers, as: H
        IO.inspect {H.twice(4), H}
    end
    IO.inspect H
  end

  def shadowing do
    import Helpers, only: [triple: 1]
    if true do
      import Helpers, only: [first: 1]
      IO.inspect first([7])
    end
    IO.inspect triple(7)
  end

  def next_function, do: IO.inspect(imported?(__ENV__, Helpers))
end
Imports.in_if()
Imports.in_case(:import)
Imports.in_case(:other)
Imports.in_fn()
Imports.whole_function()
Imports.in_parens()
Imports.requires()
Imports.require_as()
Imports.shadowing()
Imports.next_function()
