IO.inspect System.cmd("echo", ["hello"])
IO.inspect System.cmd("sh", ["-c", "echo out; echo err >&2; exit 3"], stderr_to_stdout: true)
IO.inspect System.cmd("pwd", [], cd: "/tmp")
IO.inspect System.cmd("sh", ["-c", "echo $FOO-$HOME"], env: [{"FOO", "bar"}, {"HOME", nil}])
IO.inspect System.cmd("printf", ["a\nb\n"], into: [])
IO.inspect System.shell("echo hi | tr a-z A-Z")
IO.inspect System.shell("exit 7")
try do System.cmd("echo", [1]) rescue e -> IO.inspect(e) end
try do System.cmd("echo", [], foo: 1) rescue e -> IO.inspect(e) end
try do System.cmd("echo", [], env: [1]) rescue e -> IO.inspect(e) end
try do System.cmd("echo\0", []) rescue e -> IO.inspect(e) end
IO.inspect System.cmd("true", [])
