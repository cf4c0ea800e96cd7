# Kernel.**/2, --/2 and =~/2 (with a string on the right)
IO.inspect 2 ** 10
IO.inspect 2 ** 0
IO.inspect 2 ** -1
IO.inspect 2.0 ** 3
IO.inspect 4 ** 0.5
IO.inspect 10 ** 30
IO.inspect (-2) ** 3
IO.inspect (-3) ** 41
try do IO.inspect 0 ** -1 rescue e -> IO.inspect e end
try do IO.inspect :a ** 2 rescue e -> IO.puts Exception.message(e) end

IO.inspect [1, 2, 3, 2, 1] -- [2, 1, 5]
IO.inspect [1, 1.0, 2] -- [1.0]
IO.inspect [:a, :b, :c] -- []
IO.inspect [] -- [:a]
IO.inspect [[1], {2}, "3", %{a: 4}] -- [{2}, %{a: 4}]
IO.inspect Enum.to_list(1..10) -- Enum.to_list(2..10//2)
IO.inspect [3, 1, 3, 2, 3] -- [3, 3]
for {a, b} <- [{[1 | 2], [1]}, {:a, [1]}, {[1], :b}, {[1], [1 | 2]}] do
  try do
    IO.inspect a -- b
  rescue
    e -> IO.puts Exception.message(e)
  end
end

IO.inspect "hello world" =~ "o w"
IO.inspect "hello" =~ ""
IO.inspect "" =~ ""
IO.inspect "hello" =~ "xyz"
IO.inspect "héllo" =~ "é"
try do IO.inspect :a =~ "a" rescue e -> IO.puts Exception.message(e) end
IO.inspect Enum.filter(["apple", "banana", "cherry"], &(&1 =~ "an"))
IO.inspect :binary.match("abcabc", "ca")
IO.inspect :binary.match("abcabc", ["bc", "ab"])
IO.inspect :binary.match("abcabc", "x")
