# A linked process that raises takes the main process down; the report says
# an exception was raised.
spawn_link(fn -> raise "linked boom" end)
Process.sleep(1_000)
IO.puts("never printed")
