# Process: the process dictionary (runtime/builtins/pdict.cpp). Spawning,
# messages and links arrive with the scheduler.
defmodule Process do
  def get(), do: :erlang.get()

  def get(key, default \\ nil) do
    case :erlang.get(key) do
      :undefined -> default
      value -> value
    end
  end

  def get_keys(), do: :erlang.get_keys()
  def get_keys(value), do: :erlang.get_keys(value)

  def put(key, value) do
    case :erlang.put(key, value) do
      :undefined -> nil
      previous -> previous
    end
  end

  def delete(key) do
    case :erlang.erase(key) do
      :undefined -> nil
      previous -> previous
    end
  end

  def sleep(timeout) when is_integer(timeout) and timeout >= 0, do: :timer.sleep(timeout)
end
