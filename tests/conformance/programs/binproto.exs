defmodule Packet do
  def encode(type, payload) when is_binary(payload) do
    <<0xCA, 0xFE, type::8, byte_size(payload)::16-big, payload::binary, checksum(payload)::8>>
  end

  def decode(<<0xCA, 0xFE, type::8, len::16-big, payload::binary-size(len), sum::8, rest::binary>>) do
    if checksum(payload) == sum do
      {:ok, %{type: type_name(type), payload: payload}, rest}
    else
      {:error, :bad_checksum}
    end
  end
  def decode(<<0xCA, 0xFE, _::binary>>), do: {:error, :incomplete}
  def decode(_), do: {:error, :bad_magic}

  def decode_all(bin, acc \\ []) do
    case decode(bin) do
      {:ok, p, ""} -> Enum.reverse([p | acc])
      {:ok, p, rest} -> decode_all(rest, [p | acc])
      {:error, e} -> {:error, e, Enum.reverse(acc)}
    end
  end

  defp checksum(payload), do: payload |> :binary.bin_to_list() |> Enum.sum() |> rem(256)
  defp type_name(1), do: :hello
  defp type_name(2), do: :data
  defp type_name(n), do: {:unknown, n}
end

p1 = Packet.encode(1, "hi")
p2 = Packet.encode(2, <<1, 2, 3, 255>>)
IO.inspect(p1)
IO.inspect(p2, base: :hex)
IO.inspect(Packet.decode_all(p1 <> p2))
IO.inspect(Packet.decode(binary_part(p2, 0, 4)))
IO.inspect(Packet.decode(<<1, 2, 3>>))
<<a::4, b::4, c::bitstring>> = <<0xAB, 0b101::3>>
IO.inspect({a, b, c})
IO.inspect(for <<x::8 <- "hello">>, do: x + 1)
IO.inspect(for <<r::5, g::6, b::5 <- <<0xFFFF::16, 0x0000::16>> >>, do: {r, g, b})
<<f::float-32, i::signed-little-32>> = <<1.5::float-32, -2::signed-little-32>>
IO.inspect({f, i})
IO.inspect(<<"héllo"::utf8>> |> String.to_charlist())
IO.inspect(:binary.split("k1=v1&k2=v2", ["&", "="], [:global]))
