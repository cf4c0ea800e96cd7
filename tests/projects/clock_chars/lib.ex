defmodule Clock do
  defstruct hour: 0, minute: 0

  @doc """
  Builds a clock, rolling minutes over.

      iex> Clock.new(10, 75) |> to_string()
      "11:15"
  """
  def new(hour, minute) do
    total = Integer.mod(hour * 60 + minute, 24 * 60)
    %Clock{hour: div(total, 60), minute: rem(total, 60)}
  end

  def add(%Clock{hour: h, minute: m}, minutes), do: new(h, m + minutes)

  defimpl String.Chars do
    def to_string(%Clock{hour: h, minute: m}) do
      pad = fn n -> n |> Integer.to_string() |> String.pad_leading(2, "0") end
      "#{pad.(h)}:#{pad.(m)}"
    end
  end
end
