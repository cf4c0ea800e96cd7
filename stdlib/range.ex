# Ranges (Elixir 1.14's lib/elixir/lib/range.ex): %Range{first, last, step}.
# `first..last` and `first..last//step` build them (compiler/lower.cpp).
defmodule Range do
  defstruct first: nil, last: nil, step: nil

  def new(first, last) when is_integer(first) and is_integer(last) do
    step = if first <= last, do: 1, else: -1
    %{__struct__: Range, first: first, last: last, step: step}
  end

  def new(first, last) do
    raise ArgumentError,
          "ranges (first..last) expect both sides to be integers, " <>
            "got: #{inspect(first)}..#{inspect(last)}"
  end

  def new(first, last, step)
      when is_integer(first) and is_integer(last) and is_integer(step) and step != 0 do
    %{__struct__: Range, first: first, last: last, step: step}
  end

  def new(first, last, step) do
    raise ArgumentError,
          "ranges (first..last//step) expect both sides to be integers and the step to be a " <>
            "non-zero integer, got: #{inspect(first)}..#{inspect(last)}//#{inspect(step)}"
  end

  def size(%{__struct__: Range, first: first, last: last, step: step}) when step > 0 and first > last, do: 0
  def size(%{__struct__: Range, first: first, last: last, step: step}) when step < 0 and first < last, do: 0
  def size(%{__struct__: Range, first: first, last: last, step: step}), do: abs(div(last - first, step)) + 1
end
