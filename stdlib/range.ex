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

  def shift(%{__struct__: Range, first: first, last: last, step: step}, steps_to_shift)
      when is_integer(first) and is_integer(last) and is_integer(step) and is_integer(steps_to_shift) do
    new(first + steps_to_shift * step, last + steps_to_shift * step, step)
  end

  def disjoint?(%{__struct__: Range, first: first1, last: last1, step: step1} = range1,
                %{__struct__: Range, first: first2, last: last2, step: step2} = range2) do
    if size(range1) == 0 or size(range2) == 0 do
      true
    else
      {first1, last1, step1} = normalize(first1, last1, step1)
      {first2, last2, step2} = normalize(first2, last2, step2)

      cond do
        last2 < first1 or last1 < first2 ->
          true

        abs(step1) == 1 and abs(step2) == 1 ->
          false

        true ->
          {gcd, u, v} = Integer.extended_gcd(-step1, step2)
          c = first1 - first2 + step2 - step1
          t1 = -c / step1 * u
          t2 = -c / step2 * v
          t = :erlang.max(floor(t1) + 1, floor(t2) + 1)
          x = div(c * u + t * step2, gcd) - 1
          y = div(c * v + t * step1, gcd) - 1

          x < 0 or first1 + x * step1 > last1 or
            y < 0 or first2 + y * step2 > last2
      end
    end
  end

  defp normalize(first, last, step) when first > last, do: {last, first, -step}
  defp normalize(first, last, step), do: {first, last, step}

  def range?(%{__struct__: Range, first: first, last: last}) when is_integer(first) and is_integer(last), do: true
  def range?(_), do: false
end
