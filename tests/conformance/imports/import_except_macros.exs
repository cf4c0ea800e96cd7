defmodule Both do
  defmacro mac, do: :from_macro
  def fun, do: :from_function
end

defmodule NoMac do
  import Both, except: [mac: 0]
  def run, do: {fun(), Both.fun()}
end

IO.inspect(NoMac.run())
