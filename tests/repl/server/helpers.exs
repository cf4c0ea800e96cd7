Code.require_file("script.exs")

# h/1 reads docs from the module's source file; c/1 compiles a file, r/1
# compiles its module's file again.
dir = Path.join(System.tmp_dir!(), "vial-repl-helpers-#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
File.cd!(dir)

File.write!("docs_sample.ex", ~S'''
defmodule DocsSample do
  @moduledoc """
  DocsSample is a test module.

  More text.
  """

  @doc "Adds one to `x`."
  def inc(x, by \\ 1), do: x + by

  def nodoc(x), do: x

  @doc false
  def hidden, do: 1

  @doc """
  A macro.
  """
  defmacro twice(x), do: quote(do: unquote(x) * 2)
end

defmodule DocsSample.NoModuledoc do
  def f, do: 1
end
''')

Script.run([
  "c(\"docs_sample.ex\")",
  "h DocsSample",
  "h DocsSample.inc",
  "h DocsSample.inc/1",
  "h DocsSample.nodoc",
  "h DocsSample.hidden",
  "h DocsSample.nope",
  "h DocsSample.NoModuledoc",
  "h Enum",
  "h NoSuchModule",
  "require DocsSample",
  "DocsSample.twice(21)",
  "r DocsSample",
  "r Enum",
  "c(\"missing.ex\")",
  "exports DocsSample",
  "i 42",
  "clear()"
], banner: false)

File.cd!(System.tmp_dir!())
File.rm_rf!(dir)
