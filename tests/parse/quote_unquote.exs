quote do
  unquote(x) + 1
end
quote do: unquote_splicing(args)
