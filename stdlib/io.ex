# IO's printing functions, as Elixir 1.14 writes them (lib/elixir/lib/io.ex):
# anything but a binary or a list goes through String.Chars, and the
# chardata reaches :vial.put_chars/2 (runtime/builtins/io.cpp), Vial's
# :io.put_chars/2. IO.inspect asks the native printer first
# (:vial.inspect/3) and runs the Inspect protocol in Elixir only when a
# struct in the term has an Elixir implementation (docs/inspect.md).
defmodule IO do
  def puts(item), do: :vial.put_chars(:stdio, [to_chardata(item), ?\n])
  def puts(device, item), do: :vial.put_chars(device, [to_chardata(item), ?\n])

  def write(chardata), do: :vial.put_chars(:stdio, to_chardata(chardata))
  def write(device, chardata), do: :vial.put_chars(device, to_chardata(chardata))

  def inspect(item, opts \\ []), do: inspect(:stdio, item, opts)

  def inspect(device, item, opts) when is_list(opts) do
    label =
      case opts[:label] do
        nil -> []
        false -> []
        label -> [to_chardata(label), ": "]
      end

    chardata =
      case :vial.inspect(item, opts, true) do
        :elixir ->
          opts = Inspect.Opts.new(opts)
          doc = Inspect.Algebra.group(Inspect.Algebra.to_doc(item, opts))
          :vial.format_doc(doc, opts.width, true)

        text ->
          text
      end

    :vial.put_chars(device, [label, chardata, ?\n])
    item
  end

  def iodata_to_binary(iodata), do: :erlang.iolist_to_binary(iodata)

  def chardata_to_string(string) when is_binary(string), do: string
  def chardata_to_string(list) when is_list(list), do: String.Chars.List.to_string(list)

  defp to_chardata(binary) when is_binary(binary), do: binary
  defp to_chardata(list) when is_list(list), do: list
  # String.Chars' own impls for these types, without the dispatch.
  defp to_chardata(other) when is_atom(other) or is_number(other), do: :vial.builtin_to_string(other)
  defp to_chardata(other), do: String.Chars.to_string(other)

  def iodata_length(iodata), do: :erlang.iolist_size(iodata)
  def binwrite(iodata), do: :vial.put_chars(:stdio, iodata)
  def binwrite(device, iodata), do: :vial.put_chars(device, iodata)

  # IO.warn/1,2: the message on stderr, as Elixir prints it (without the
  # stack trace lines).
  def warn(message, _stacktrace_info \\ []) do
    :vial.put_chars(:stderr, ["warning: ", to_chardata(message), ?\n])
    :ok
  end

  # Reading standard input (the only device until processes arrive).
  def gets(prompt), do: gets(:stdio, prompt)

  def gets(:stdio, prompt) do
    :vial.put_chars(:stdio, to_chardata(prompt))
    :vial.read_line()
  end

  def read(:line), do: read(:stdio, :line)
  def read(:eof), do: read(:stdio, :eof)
  def read(:all), do: read(:stdio, :all)

  def read(:stdio, :line), do: :vial.read_line()

  def read(:stdio, :eof) do
    case :vial.read_all() do
      "" -> :eof
      data -> data
    end
  end

  def read(:stdio, :all), do: :vial.read_all()
end
