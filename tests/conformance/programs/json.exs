defprotocol JSON.Encoder do
  @fallback_to_any true
  def encode(value)
end

defimpl JSON.Encoder, for: Integer do
  def encode(n), do: Integer.to_string(n)
end

defimpl JSON.Encoder, for: Float do
  def encode(f), do: Float.to_string(f)
end

defimpl JSON.Encoder, for: Atom do
  def encode(nil), do: "null"
  def encode(true), do: "true"
  def encode(false), do: "false"
  def encode(a), do: JSON.Encoder.encode(Atom.to_string(a))
end

defimpl JSON.Encoder, for: BitString do
  def encode(s) do
    escaped =
      s
      |> String.replace("\\", "\\\\")
      |> String.replace("\"", "\\\"")
      |> String.replace("\n", "\\n")
    "\"" <> escaped <> "\""
  end
end

defimpl JSON.Encoder, for: List do
  def encode(list), do: "[" <> Enum.map_join(list, ",", &JSON.Encoder.encode/1) <> "]"
end

defimpl JSON.Encoder, for: Map do
  def encode(map) do
    body =
      map
      |> Enum.sort_by(fn {k, _} -> to_string(k) end)
      |> Enum.map_join(",", fn {k, v} -> JSON.Encoder.encode(to_string(k)) <> ":" <> JSON.Encoder.encode(v) end)
    "{" <> body <> "}"
  end
end

defimpl JSON.Encoder, for: Any do
  def encode(%_{} = struct), do: struct |> Map.from_struct() |> JSON.Encoder.encode()
  def encode(other), do: raise(ArgumentError, "cannot encode #{inspect(other)}")
end

defmodule User do
  @derive JSON.Encoder
  defstruct name: "", age: 0, tags: []
end

defmodule Main do
  def run do
    data = %{name: "Ada", langs: ["elixir", "erlang"], age: 36, score: 9.5, admin: true, note: nil, quote: "say \"hi\"\n"}
    IO.puts(JSON.Encoder.encode(data))
    IO.puts(JSON.Encoder.encode([1, 2.5, [3, [4]], %{}]))
    IO.puts(JSON.Encoder.encode(%User{name: "Bob", age: 7, tags: [:a, :b]}))
    try do
      JSON.Encoder.encode({1, 2})
    rescue
      e in ArgumentError -> IO.puts("error: " <> e.message)
    end
    IO.inspect(JSON.Encoder.impl_for(42))
    IO.inspect(JSON.Encoder.impl_for({}))
  end
end

Main.run()
