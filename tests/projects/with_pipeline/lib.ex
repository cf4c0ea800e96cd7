defmodule Signup do
  def register(params) do
    with {:ok, name} <- fetch(params, :name),
         {:ok, age} <- fetch(params, :age),
         :ok <- check_age(age) do
      {:ok, %{name: String.trim(name), age: age}}
    else
      {:error, _} = error -> error
    end
  end

  defp fetch(params, key) do
    case Keyword.fetch(params, key) do
      {:ok, v} -> {:ok, v}
      :error -> {:error, {:missing, key}}
    end
  end

  defp check_age(age) when is_integer(age) and age >= 18, do: :ok
  defp check_age(_), do: {:error, :too_young}

  def stats(users) do
    users
    |> Enum.group_by(& &1.age >= 30)
    |> Map.new(fn {k, v} -> {k, length(v)} end)
  end
end
