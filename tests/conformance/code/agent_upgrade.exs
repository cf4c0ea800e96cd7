# Agent's code_change/3 runs the fun or {m, f, a} given as extra on its
# state.
{:ok, a} = Agent.start(fn -> 5 end)
:ok = :sys.suspend(a)
IO.inspect(:sys.change_code(a, Agent.Server, "1", fn s -> s * 10 end), label: "fun")
:ok = :sys.resume(a)
IO.inspect(Agent.get(a, & &1))
:ok = :sys.suspend(a)
IO.inspect(:sys.change_code(a, Agent.Server, "1", {Kernel, :+, [1]}), label: "mfa")
:ok = :sys.resume(a)
IO.inspect(Agent.get(a, & &1))
IO.inspect(:sys.get_state(a), label: "get_state")
IO.inspect(:sys.replace_state(a, fn s -> s + 100 end), label: "replace_state")
IO.inspect(Agent.get(a, & &1))
