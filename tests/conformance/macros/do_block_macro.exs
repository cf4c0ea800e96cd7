defmodule Loop do
  defmacro repeat(n, do: body) do
    bodies = List.duplicate(body, n)
    quote do
      (unquote_splicing(bodies))
    end
  end

  defmacro my_if(condition, clauses) do
    do_clause = clauses[:do]
    else_clause = clauses[:else]

    quote do
      case unquote(condition) do
        x when x in [false, nil] -> unquote(else_clause)
        _ -> unquote(do_clause)
      end
    end
  end
end

defmodule UsesLoop do
  import Loop

  def run do
    repeat 3 do
      IO.puts("hello")
    end

    my_if 1 > 2 do
      IO.puts("wrong")
    else
      IO.puts("right")
    end

    IO.inspect(my_if(nil, do: :yes))
  end
end

UsesLoop.run()
