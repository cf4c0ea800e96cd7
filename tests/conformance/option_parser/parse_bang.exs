IO.inspect OptionParser.parse!(["--debug", "path/to/file"], strict: [debug: :boolean])
show = fn fun ->
  try do
    fun.()
  rescue
    e in OptionParser.ParseError -> IO.puts(inspect(e.__struct__) <> ": " <> e.message)
  end
end
show.(fn -> OptionParser.parse!(["--limit", "xyz"], strict: [limit: :integer]) end)
show.(fn -> OptionParser.parse!(["--unknown", "xyz"], strict: []) end)
show.(fn -> OptionParser.parse!(["-l", "xyz", "-f", "bar"], switches: [limit: :integer, foo: :integer], aliases: [l: :limit, f: :foo]) end)
show.(fn -> OptionParser.parse!(["--limit"], strict: [limit: :integer]) end)
show.(fn -> OptionParser.parse!(["--verbos"], strict: [verbose: :boolean]) end)
show.(fn -> OptionParser.parse!(["--source-paht", "x"], strict: [source_path: :string, verbose: :boolean]) end)
show.(fn -> OptionParser.parse!(["--xyz"], strict: [verbose: :boolean]) end)
show.(fn -> OptionParser.parse!(["--ratio=a", "--n=b", "--flag=c"], strict: [ratio: :float, n: :integer, flag: :boolean]) end)
show.(fn -> OptionParser.parse!(["--no-flag=x"], strict: [flag: :boolean]) end)
