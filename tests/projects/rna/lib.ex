defmodule RNA do
  @doc """
  Transcribes DNA to RNA.

  ## Examples

      iex> RNA.to_rna(~c"ACTG")
      ~c"UGAC"

      iex> RNA.to_rna(~c"X")
      ** (ArgumentError) invalid nucleotide 88
  """
  def to_rna(dna), do: Enum.map(dna, &complement/1)

  defp complement(?G), do: ?C
  defp complement(?C), do: ?G
  defp complement(?T), do: ?A
  defp complement(?A), do: ?U
  defp complement(c), do: raise(ArgumentError, "invalid nucleotide #{inspect(c)}")
end
