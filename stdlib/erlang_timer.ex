# :timer.sleep/1 as OTP 25's timer.erl writes it: a receive with no clauses
# that waits at most 2^32 - 1 ms at a time, so the process waits like any
# other receive and its scheduler runs the others meanwhile.
defmodule :timer do
  @max_receive_after 0xFFFFFFFF

  def sleep(t) when is_integer(t) and t > @max_receive_after do
    receive do
    after
      @max_receive_after -> sleep(t - @max_receive_after)
    end
  end

  def sleep(t) do
    receive do
    after
      t -> :ok
    end
  end
end
