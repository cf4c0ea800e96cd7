defmodule Pinger do
  def start(parent) do
    spawn(fn -> loop(parent) end)
  end

  defp loop(parent) do
    receive do
      {:ping, n} ->
        send(parent, {:pong, n})
        loop(parent)

      :stop ->
        send(parent, :stopped)
    end
  end
end
