defmodule Validator do
  defmodule Invalid do
    defexception [:field, message: "invalid"]
  end

  def check!(%{age: age}) when is_integer(age) and age >= 0, do: :ok
  def check!(_), do: raise(Invalid, field: :age, message: "age must be a non-negative integer")

  def validate(data) do
    check!(data)
    {:ok, data}
  rescue
    e in Invalid -> {:error, e.field, e.message}
  end
end

IO.inspect(Validator.validate(%{age: 3}))
IO.inspect(Validator.validate(%{age: -1}))
IO.inspect(Validator.validate(%{}))
IO.inspect(%Validator.Invalid{})
