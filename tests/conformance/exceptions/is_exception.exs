defmodule Main do
  def kind(e) when is_exception(e, KeyError), do: :key_error
  def kind(e) when is_exception(e), do: :exception
  def kind(_), do: :not_exception

  def run do
    IO.inspect(kind(%KeyError{}))
    IO.inspect(kind(%RuntimeError{}))
    IO.inspect(kind(%{__exception__: true}))
    IO.inspect(kind(1..2))
    IO.inspect(is_exception(%ArgumentError{}))
    IO.inspect(is_exception(%ArgumentError{}, ArgumentError))
    IO.inspect(is_exception(%ArgumentError{}, KeyError))
    IO.inspect(is_exception(:error))
    e =
      try do
        raise "boom"
      rescue
        x -> x
      end
    IO.inspect(is_exception(e, RuntimeError))
  end
end

Main.run()
