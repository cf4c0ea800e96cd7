# User documents laid out by inspect: string/1 widths, next_break_fits,
# force_unfit, nest modes and the is_doc guard.
defmodule Para do
  defstruct [:words]

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%{words: words}, _opts) do
      docs = Enum.map(words, &string/1)
      group(concat(["Para(", nest(fold_doc(docs, &flex_glue(&1, &2)), 5), ")"]))
    end
  end
end

defmodule Call do
  defstruct [:name, :args]

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%{name: name, args: args}, opts) do
      arg_docs = container_doc("(", args, ")", opts, &to_doc/2)
      next_break_fits(group(concat(name, arg_docs)), :enabled)
    end
  end
end

defmodule Main do
  import Inspect.Algebra

  def doc?(x) when is_doc(x), do: true
  def doc?(_), do: false

  def run do
    words = ["héllo", "wörld", "ünïcode", "strings", "are", "measured", "in", "code", "points", "not", "bytes"]
    IO.inspect(%Para{words: words})
    IO.inspect(%Para{words: words ++ words})
    IO.inspect([%Para{words: ["short"]}, %Para{words: words}])
    IO.inspect(%Call{name: "f", args: [1, 2, 3]})
    IO.inspect(%Call{name: "function_name", args: Enum.to_list(1..40)})
    IO.inspect({%Call{name: "g", args: [%{a: "long value number one"}, %{b: "long value number two"}]}})
    IO.puts(IO.iodata_to_binary(format(group(concat(["[", force_unfit(glue("a", "b")), "]"])), 80)))
    IO.puts(IO.iodata_to_binary(format(group(nest(glue(glue("aaaa", "bbbb"), "cccc"), 2, :break)), 8)))
    IO.puts(IO.iodata_to_binary(format(nest(glue("x", "y"), 2, :break), 1)))
    IO.inspect(Enum.map(["a", :doc_nil, :doc_line, {:doc_cons, "a", "b"}, {:other}, 1, 'x'], &doc?/1))
  end
end

Main.run()
