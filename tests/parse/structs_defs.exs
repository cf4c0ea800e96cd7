defmodule User do
  defstruct name: nil, age: 0
  @type t :: %__MODULE__{name: String.t() | nil, age: non_neg_integer}

  def rename(%__MODULE__{} = user, name) when is_binary(name) do
    %{user | name: name}
  end
end
