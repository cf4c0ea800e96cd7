defmodule Tools do
  def tool, do: :tool
end

defmodule Scoped do
  def with_import do
    import Tools
    tool()
  end

  def without_import do
    Tools.tool()
  end
end

IO.inspect(Scoped.with_import())
IO.inspect(Scoped.without_import())
