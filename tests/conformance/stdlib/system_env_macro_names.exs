System.put_env("VIAL_TEST_VAR", "hello")
IO.inspect System.get_env("VIAL_TEST_VAR")
IO.inspect System.get_env("VIAL_SURELY_UNSET", "dflt")
IO.inspect System.fetch_env("VIAL_SURELY_UNSET")
System.delete_env("VIAL_TEST_VAR")
IO.inspect System.get_env("VIAL_TEST_VAR")
IO.inspect Process.sleep(5)
IO.inspect Macro.underscore("HelloWorld.FooBAR")
IO.inspect Macro.camelize("hello_world/foo_bar")
IO.inspect Macro.underscore(MyApp.SomeModule)
IO.inspect binary_slice("elixir", 1, 3)
IO.inspect binary_slice("elixir", -3, 10)
IO.inspect binary_slice("elixir", 1..-2//1)
try do
  System.fetch_env!("VIAL_SURELY_UNSET")
rescue
  e -> IO.puts(Exception.message(e))
end
