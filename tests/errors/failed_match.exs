defmodule Reader do
  def read(path) do
    {:ok, data} = fetch(path)
    data
  end

  defp fetch(_path), do: {:error, :enoent}
end

Reader.read("config.txt")
