defmodule MyError do
  defexception [:code, message: "default message"]

  @impl true
  def exception(opts) do
    code = (case opts do [code: c] -> c; _ -> 0 end)
    %MyError{code: code, message: "failed with code #{code}"}
  end
end

defmodule Plain do
  defexception message: "plain default"
end

defmodule Main do
  def classify(x) do
    with {:ok, n} when is_integer(n) <- x,
         true <- n > 0 do
      :positive
    else
      {:ok, _} -> :not_integer
      false -> :non_positive
      :error -> :error
    end
  end

  def run do
    IO.inspect Enum.map([{:ok, 5}, {:ok, -1}, {:ok, "x"}, :error], &classify/1)
    try do
      with {:ok, v} <- {:error, 1}, do: v
    rescue
      e -> IO.inspect e
    end
    try do
      with {:ok, v} <- {:other, 1} do
        v
      else
        {:error, _} -> :err
      end
    rescue
      e -> IO.puts "#{inspect e.__struct__}: #{Exception.message(e)}"
    end
    IO.inspect for x <- 1..5, reduce: 0, do: (acc -> acc + x)
    IO.inspect for x <- [1, 2, 2, 3, 1], uniq: true, do: x * 10
    IO.inspect for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k}
    IO.inspect for x <- 1..3, y <- 1..3, x < y, do: {x, y}
    IO.inspect for <<b::4 <- <<0x12, 0x34>> >>, do: b

    result =
      try do
        :ok
      rescue
        _ -> :rescued
      else
        :ok -> :else_ok
      after
        IO.puts "after 1"
      end
    IO.inspect result

    try do
      raise MyError, code: 42
    rescue
      e in MyError -> IO.puts "#{e.message} (#{e.code})"
    end
    try do
      raise Plain
    rescue
      e -> IO.inspect e
    end
    try do
      raise Plain, message: "custom"
    rescue
      e -> IO.puts Exception.message(e)
    end
    try do
      raise %Plain{message: "struct"}
    rescue
      e -> IO.puts Exception.message(e)
    end
    try do
      try do
        raise "inner"
      rescue
        e -> reraise e, __STACKTRACE__
      end
    rescue
      e in [RuntimeError, ArgumentError] -> IO.puts "outer: " <> e.message
    end
    x =
      try do
        throw({:value, 3})
      catch
        :throw, {:value, v} -> v * 2
      end
    IO.inspect x
    y =
      try do
        exit(:bye)
      catch
        :exit, reason -> {:exited, reason}
      end
    IO.inspect y
    IO.inspect (try do
      raise ArgumentError, "bad"
    rescue
      ArgumentError -> :rescued_by_module
    end)
    IO.inspect Exception.message(%KeyError{key: :k, term: %{a: 1}})
    IO.inspect Exception.message(%KeyError{key: :k, term: %{a: 1}, message: nil})
    IO.inspect Exception.format_banner(:throw, :ball)
    IO.inspect Enum.to_list(1..10//3)
    IO.inspect Enum.to_list(10..1//-4)
    IO.inspect Enum.count(1..100//7)
    IO.inspect 4 in 1..10//3
    IO.inspect 5 in 1..10//3
    IO.inspect Range.size(1..10//3)
    IO.inspect Enum.reverse(1..4)

    IO.inspect inspect(1..3//1)
    IO.inspect 1..0
    IO.inspect Enum.to_list(1..0)
    IO.inspect Enum.to_list(1..0//1)
  end
end

Main.run()
