# module_info/0,1, __info__/1 and the md5 that tells versions apart.
src = fn body ->
  """
  defmodule CV.Info do
    #{body}
    defp hidden, do: :h
    def uses_hidden, do: hidden()
  end
  """
end

Code.compile_string(src.("def a, do: 1"))
IO.inspect(CV.Info.module_info(:module))
IO.inspect(Enum.sort(CV.Info.module_info(:exports)))
IO.inspect(Keyword.keys(CV.Info.module_info()))
md5_1 = CV.Info.module_info(:md5)
IO.inspect(byte_size(md5_1), label: "md5 size")
IO.inspect(CV.Info.__info__(:md5) == md5_1, label: "__info__(:md5)")
IO.inspect(:erlang.get_module_info(CV.Info, :md5) == md5_1, label: "get_module_info")
IO.inspect(function_exported?(CV.Info, :module_info, 0), label: "module_info/0 exported")
IO.inspect(function_exported?(CV.Info, :module_info, 1), label: "module_info/1 exported")
IO.inspect(CV.Info.__info__(:functions))
[vsn: [vsn]] = CV.Info.module_info(:attributes)
IO.inspect(is_integer(vsn), label: "vsn")

Code.compile_string(src.("def a, do: 1"))
IO.inspect(CV.Info.module_info(:md5) == md5_1, label: "same source, same md5")
Code.compile_string(src.("def a, do: 2"))
IO.inspect(CV.Info.module_info(:md5) == md5_1, label: "changed source, same md5")
Code.compile_string(src.("def a, do: 1"))
IO.inspect(CV.Info.module_info(:md5) == md5_1, label: "back to the first")

try do
  CV.Info.module_info(:no_such_item)
rescue
  e -> IO.inspect(e)
end

try do
  :erlang.get_module_info(:no_such_module, :md5)
rescue
  e -> IO.inspect(e.__struct__)
end
