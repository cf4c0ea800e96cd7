defprotocol Pretty do
  @moduledoc """
  Pretty things.
  """

  @typedoc "anything pretty"
  @type t :: term()

  @doc "Makes it pretty"
  @spec pretty(t) :: String.t()
  def pretty(value)

  @doc since: "1.0.0"
  @spec pretty(t, keyword) :: String.t()
  def pretty(value, opts)
end

defimpl Pretty, for: Atom do
  @moduledoc false
  @doc false
  @impl true
  def pretty(a), do: "~#{a}~"

  @impl true
  def pretty(a, [pre: pre]), do: "#{pre}#{a}"
end

IO.puts(Pretty.pretty(:x))
IO.puts(Pretty.pretty(:y, pre: ">"))
IO.inspect(Pretty.__protocol__(:functions))
IO.inspect(Pretty.__protocol__(:module))
