defmodule Shape do
  defstruct [:kind, :dims]
end

defprotocol Area do
  @doc "area of a shape"
  def area(shape)
end

defimpl Area, for: Shape do
  def area(%Shape{kind: :square, dims: [s]}), do: s * s
  def area(%Shape{kind: :rect, dims: [w, h]}), do: w * h
  def area(%Shape{kind: :circle, dims: [r]}), do: 3.14159 * r * r
end

defimpl Area, for: Integer do
  def area(n), do: n
end

defmodule Main do
  def run do
    shapes = [%Shape{kind: :square, dims: [3]}, %Shape{kind: :rect, dims: [2, 5]}, %Shape{kind: :circle, dims: [1.5]}]
    for s <- shapes, do: IO.puts("#{s.kind}: #{Area.area(s)}")
    IO.inspect Area.area(7)
    try do
      Area.area("str")
    rescue
      e in Protocol.UndefinedError -> IO.puts Exception.message(e)
    end
    try do
      Area.area(%Shape{kind: :hex, dims: []})
    rescue
      e in FunctionClauseError -> IO.puts Exception.message(e)
    end
    IO.inspect Area.impl_for(%Shape{})
    IO.inspect Area.impl_for(:atom)

    # binaries
    bin = <<1, 2, 3, 255, 0::4, 15::4>>
    IO.inspect bin
    <<a, b, rest::binary>> = bin
    IO.inspect {a, b, rest}
    IO.inspect byte_size(bin)
    <<x::16, y::little-16, _::binary>> = <<1, 2, 3, 4, 5>>
    IO.inspect {x, y}
    IO.inspect <<"héllo"::utf8>> == "héllo"
    for <<c::utf8 <- "añb">>, do: IO.inspect(c)
    IO.inspect <<255::8-signed>> 
    <<s::8-signed>> = <<255>>
    IO.inspect s
    IO.inspect <<1.5::float>>
    <<f::float>> = <<1.5::float>>
    IO.inspect f
    IO.inspect <<1::1, 0::1, 1::1>>
    IO.inspect :binary.bin_to_list("abc")
    IO.inspect String.length("héllo") 

    # errors
    for f <- [fn -> 1 / 0 end, fn -> :a + 1 end, fn -> elem({}, 0) end, fn -> hd([]) end,
              fn -> Map.fetch!(%{}, :k) end, fn -> %{a: 1}.b end, fn -> String.to_integer("x") end,
              fn -> raise "boom" end, fn -> raise ArgumentError end, fn -> throw(:t) end,
              fn -> exit(:e) end, fn -> [1] ++ :a end, 
              fn -> apply(Nope, :f, []) end] do
      try do
        f.()
      rescue
        e -> IO.puts "#{inspect e.__struct__}: #{Exception.message(e)}"
      catch
        k, v -> IO.puts "caught #{inspect k} #{inspect v}"
      end
    end
  end
end

Main.run()
