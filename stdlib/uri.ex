# URI, with the semantics of Elixir 1.14's lib/elixir/lib/uri.ex: the
# lenient regex-based parse/1, the RFC 3986 new/1,2 (Elixir calls OTP's
# :uri_string.parse/1; Vial validates with its own parser below, giving the
# same results and the same {:error, part} for the invalid references it
# recognises), percent-encoding, queries, merge/2 and String.Chars.
# Default ports live in an ETS table owned by a holder process once
# default_port/2 changes one; until then they are Elixir's built-in list.
defmodule URI do
  @derive {Inspect, optional: [:authority]}
  defstruct [:scheme, :authority, :userinfo, :host, :port, :path, :query, :fragment]

  defmodule Error do
    defexception [:action, :reason, :part]

    def message(%{action: action, reason: reason, part: part}),
      do: "cannot #{action} due to reason #{reason}: #{inspect(part)}"
  end

  import Bitwise

  @ports_table :vial_uri_default_ports

  defp builtin_port("ftp"), do: 21
  defp builtin_port("sftp"), do: 22
  defp builtin_port("tftp"), do: 69
  defp builtin_port("http"), do: 80
  defp builtin_port("https"), do: 443
  defp builtin_port("ldap"), do: 389
  defp builtin_port("ws"), do: 80
  defp builtin_port("wss"), do: 443
  defp builtin_port(_), do: nil

  def default_port(scheme) when is_binary(scheme) do
    try do
      :ets.lookup(@ports_table, scheme)
    rescue
      ArgumentError -> builtin_port(scheme)
    else
      [{_, port}] -> port
      [] -> nil
    end
  end

  def default_port(scheme, port) when is_binary(scheme) and is_integer(port) and port >= 0 do
    ensure_ports_table()
    :ets.insert(@ports_table, {scheme, port})
    :ok
  end

  defp ensure_ports_table do
    if :ets.info(@ports_table) == :undefined do
      caller = self()

      holder =
        spawn(fn ->
          try do
            :ets.new(@ports_table, [:named_table, :public, :set])

            for s <- ["ftp", "sftp", "tftp", "http", "https", "ldap", "ws", "wss"],
                do: :ets.insert(@ports_table, {s, builtin_port(s)})
          rescue
            ArgumentError -> :ok
          end

          send(caller, {:uri_ports_ready, self()})
          receive do: (:never_sent -> :ok)
        end)

      receive do: ({:uri_ports_ready, ^holder} -> :ok)
    end
  end

  def char_reserved?(c), do: c in ':/?#[]@!$&\'()*+,;='

  def char_unreserved?(c),
    do: c in ?0..?9 or c in ?a..?z or c in ?A..?Z or c in '~_-.'

  def char_unescaped?(c), do: char_reserved?(c) or char_unreserved?(c)

  def encode(string, predicate \\ &char_unescaped?/1) when is_binary(string) and is_function(predicate, 1) do
    for <<byte <- string>>, into: "", do: escape_byte(byte, predicate)
  end

  def encode_www_form(string) when is_binary(string) do
    for <<byte <- string>>, into: "" do
      if byte == ?\s, do: "+", else: escape_byte(byte, &char_unreserved?/1)
    end
  end

  defp escape_byte(byte, predicate) do
    if predicate.(byte), do: <<byte>>, else: <<?%, hex_digit(byte >>> 4), hex_digit(byte &&& 15)>>
  end

  defp hex_digit(n) when n < 10, do: ?0 + n
  defp hex_digit(n), do: ?A + n - 10

  def decode(string), do: unescape(string, "", false)
  def decode_www_form(string) when is_binary(string), do: unescape(string, "", true)

  defp unescape(<<?+, rest::binary>>, acc, true), do: unescape(rest, <<acc::binary, ?\s>>, true)

  defp unescape(<<?%, a, b, rest::binary>> = all, acc, plus?) do
    case {hex_value(a), hex_value(b)} do
      {x, y} when is_integer(x) and is_integer(y) -> unescape(rest, <<acc::binary, x * 16 + y>>, plus?)
      _ -> unescape(binary_part(all, 1, byte_size(all) - 1), <<acc::binary, ?%>>, plus?)
    end
  end

  defp unescape(<<c, rest::binary>>, acc, plus?), do: unescape(rest, <<acc::binary, c>>, plus?)
  defp unescape(<<>>, acc, _plus?), do: acc

  defp hex_value(c) when c in ?0..?9, do: c - ?0
  defp hex_value(c) when c in ?a..?f, do: c - ?a + 10
  defp hex_value(c) when c in ?A..?F, do: c - ?A + 10
  defp hex_value(_), do: nil

  def encode_query(enumerable, encoding \\ :www_form),
    do: Enum.map_join(enumerable, "&", &encode_pair(&1, encoding))

  defp encode_pair({key, _}, _) when is_list(key),
    do: raise(ArgumentError, "encode_query/2 keys cannot be lists, got: #{inspect(key)}")

  defp encode_pair({_, value}, _) when is_list(value),
    do: raise(ArgumentError, "encode_query/2 values cannot be lists, got: #{inspect(value)}")

  defp encode_pair({key, value}, :www_form),
    do: encode_www_form(Kernel.to_string(key)) <> "=" <> encode_www_form(Kernel.to_string(value))

  defp encode_pair({key, value}, :rfc3986),
    do: encode(Kernel.to_string(key), &char_unreserved?/1) <> "=" <> encode(Kernel.to_string(value), &char_unreserved?/1)

  def decode_query(query, map \\ %{}, encoding \\ :www_form)

  def decode_query(query, map, encoding) when is_binary(query) and is_map(map) and not is_struct(map),
    do: query |> query_decoder(encoding) |> Enum.reduce(map, fn {k, v}, acc -> Map.put(acc, k, v) end)

  def query_decoder(query, encoding \\ :www_form) when is_binary(query),
    do: Stream.unfold(query, &next_pair(&1, encoding))

  defp next_pair("", _encoding), do: nil

  defp next_pair(query, encoding) do
    {pair, rest} =
      case :binary.split(query, "&") do
        [pair, rest] -> {pair, rest}
        [pair] -> {pair, ""}
      end

    case :binary.split(pair, "=") do
      [key, value] -> {{decode_as(key, encoding), decode_as(value, encoding)}, rest}
      [key] -> {{decode_as(key, encoding), ""}, rest}
    end
  end

  defp decode_as(string, :www_form), do: decode_www_form(string)
  defp decode_as(string, :rfc3986), do: decode(string)

  # parse/1: Elixir's lenient parse (RFC 3986 appendix B's regex).
  def parse(%URI{} = uri), do: uri

  def parse(string) when is_binary(string) do
    [_, _, scheme, authority, _, path | tail] =
      Regex.run(~r{^(([a-z][a-z0-9\+\-\.]*):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?}i, string)

    {query, fragment} =
      case tail do
        [] -> {nil, nil}
        ["?" <> query | rest] -> {query, fragment_of(rest)}
        [_ | rest] -> {nil, fragment_of(rest)}
      end

    scheme = if scheme == "", do: nil, else: String.downcase(scheme)
    {authority, userinfo, host, port} = parse_authority(authority)

    %URI{
      scheme: scheme,
      authority: authority,
      userinfo: userinfo,
      host: host,
      port: port || (scheme && default_port(scheme)),
      path: if(path == "", do: nil, else: path),
      query: query,
      fragment: fragment
    }
  end

  defp fragment_of([_, _, fragment]), do: fragment
  defp fragment_of(_), do: nil

  defp parse_authority(""), do: {nil, nil, nil, nil}
  defp parse_authority("//"), do: {"", nil, "", nil}

  defp parse_authority("//" <> authority) do
    [_, _, userinfo, host | port] = Regex.run(~r/(^(.*)@)?(\[[a-zA-Z0-9:.]*\]|[^:]*)(:(\d*))?/, authority)
    host = if host == "", do: nil, else: host |> String.trim_leading("[") |> String.trim_trailing("]")

    port =
      case port do
        [_, digits] when digits != "" -> String.to_integer(digits)
        _ -> nil
      end

    {authority, if(userinfo == "", do: nil, else: userinfo), host, port}
  end

  # new/1 and new!/1: strict RFC 3986 references.
  def new(%URI{} = uri), do: {:ok, uri}

  def new(string) when is_binary(string) do
    case strict_parse(string) do
      {:ok, uri} -> {:ok, uri}
      {:error, part} -> {:error, part}
    end
  end

  def new!(%URI{} = uri), do: uri

  def new!(string) when is_binary(string) do
    case strict_parse(string) do
      {:ok, uri} -> uri
      {:error, part} -> raise Error, action: :parse, reason: :invalid_uri, part: part
    end
  end

  defp strict_parse(string) do
    with {:scheme, scheme, rest} <- take_scheme(string, ""),
         {:ok, fields} <- hier_part(rest) do
      scheme = String.downcase(scheme, :ascii)

      port =
        case fields do
          %{port: port} -> port
          _ -> default_port(scheme)
        end

      {:ok, struct(%URI{}, Map.merge(fields, %{scheme: scheme, port: port}))}
    else
      _ ->
        # Not an absolute URI: a relative reference, where a ":" in the first
        # segment is invalid.
        with {:ok, fields} <- relative_ref(string), do: {:ok, struct(%URI{}, fields)}
    end
  end

  defp take_scheme(<<c, rest::binary>>, "") when c in ?a..?z or c in ?A..?Z, do: take_scheme(rest, <<c>>)

  defp take_scheme(<<c, rest::binary>>, acc) when acc != "" and (c in ?a..?z or c in ?A..?Z or c in ?0..?9 or c in '+-.'),
    do: take_scheme(rest, <<acc::binary, c>>)

  defp take_scheme(<<?:, rest::binary>>, acc) when acc != "", do: {:scheme, acc, rest}
  defp take_scheme(_, _), do: :none

  defp hier_part("//" <> rest) do
    {authority, rest} = split_before(rest, '/?#', "")

    with {:ok, fields} <- strict_authority(authority),
         {:ok, path, rest} <- take_chars(rest, &path_char?/1, "") do
      finish(Map.put(fields, :path, path), rest)
    end
  end

  defp hier_part(rest) do
    with {:ok, path, rest} <- take_chars(rest, &path_char?/1, "") do
      finish(%{path: path}, rest)
    end
  end

  defp relative_ref("//" <> _ = string), do: hier_part(string)

  defp relative_ref(string) do
    with :ok <- first_segment(string),
         {:ok, path, rest} <- take_chars(string, &path_char?/1, "") do
      finish(%{path: path}, rest)
    end
  end

  defp first_segment(<<c, _::binary>>) when c in '/?#', do: :ok
  defp first_segment(<<?:, _::binary>>), do: {:error, ":"}

  defp first_segment(<<c, rest::binary>>) when c < 128,
    do: if(path_char?(c), do: first_segment(rest), else: {:error, <<c>>})

  defp first_segment(<<c::utf8, _::binary>>), do: {:error, <<c::utf8>>}
  defp first_segment(<<c, _::binary>>), do: {:error, <<c>>}
  defp first_segment(<<>>), do: :ok

  defp finish(fields, rest) do
    fields = if fields.path == "", do: Map.delete(fields, :path), else: fields

    with {:ok, fields, rest} <- optional_part(fields, :query, "?", rest, &query_char?/1),
         {:ok, fields, ""} <- optional_part(fields, :fragment, "#", rest, &query_char?/1) do
      {:ok, fields}
    else
      {:ok, _fields, <<c::utf8, _::binary>>} -> {:error, <<c::utf8>>}
      {:ok, _fields, <<c, _::binary>>} -> {:error, <<c>>}
      error -> error
    end
  end

  defp optional_part(fields, key, <<mark>>, <<mark, rest::binary>>, ok?) do
    with {:ok, value, rest} <- take_chars(rest, ok?, "") do
      {:ok, Map.put(fields, key, value), rest}
    end
  end

  defp optional_part(fields, _key, _mark, rest, _ok?), do: {:ok, fields, rest}

  # Takes valid characters; stops at a delimiter (? or #) or fails at an
  # invalid one.
  defp take_chars(<<c, rest::binary>>, ok?, acc) when c < 128 do
    cond do
      ok?.(c) -> take_chars(rest, ok?, <<acc::binary, c>>)
      c in '?#' -> {:ok, acc, <<c, rest::binary>>}
      true -> {:error, <<c>>}
    end
  end

  defp take_chars(<<c::utf8, _::binary>>, _ok?, _acc), do: {:error, <<c::utf8>>}
  defp take_chars(<<c, _::binary>>, _ok?, _acc), do: {:error, <<c>>}
  defp take_chars(<<>>, _ok?, acc), do: {:ok, acc, ""}

  defp split_before(<<c, rest::binary>>, stops, acc) do
    if c in stops, do: {acc, <<c, rest::binary>>}, else: split_before(rest, stops, <<acc::binary, c>>)
  end

  defp split_before(<<>>, _stops, acc), do: {acc, ""}

  defp sub_delim?(c), do: c in '!$&\'()*+,;='
  defp plain_char?(c), do: char_unreserved?(c) or sub_delim?(c) or c == ?%
  defp path_char?(c), do: plain_char?(c) or c in ':@/'
  defp query_char?(c), do: path_char?(c) or c == ??

  defp strict_authority(authority) do
    {userinfo, hostport} =
      case :binary.split(authority, "@") do
        [userinfo, hostport] -> {userinfo, hostport}
        [hostport] -> {nil, hostport}
      end

    with true <- userinfo == nil or all_chars?(userinfo, &(plain_char?(&1) or &1 == ?:)),
         {:ok, host, port} <- host_port(hostport) do
      fields = %{host: host}
      fields = if userinfo, do: Map.put(fields, :userinfo, userinfo), else: fields
      {:ok, if(port == :none, do: fields, else: Map.put(fields, :port, port))}
    else
      _ -> {:error, ":"}
    end
  end

  defp host_port("[" <> rest) do
    case :binary.split(rest, "]") do
      [ip, port] -> if ip != "" and all_chars?(ip, &(&1 in ?0..?9 or &1 in ?a..?f or &1 in ?A..?F or &1 in ':.')), do: port_of(ip, port), else: :error
      _ -> :error
    end
  end

  defp host_port(hostport) do
    case :binary.split(hostport, ":") do
      [host, port] -> if all_chars?(host, &plain_char?/1), do: port_of(host, ":" <> port), else: :error
      [host] -> if all_chars?(host, &plain_char?/1), do: {:ok, host, :none}, else: :error
    end
  end

  defp port_of(host, ""), do: {:ok, host, :none}
  defp port_of(host, ":"), do: {:ok, host, :undefined}

  defp port_of(host, ":" <> digits) do
    if all_chars?(digits, &(&1 in ?0..?9)), do: {:ok, host, String.to_integer(digits)}, else: :error
  end

  defp port_of(_host, _), do: :error

  defp all_chars?(string, ok?), do: for(<<c <- string>>, not ok?.(c), do: c) == []

  def to_string(uri), do: String.Chars.URI.to_string(uri)

  def merge(%URI{host: nil}, _rel), do: raise(ArgumentError, "you must merge onto an absolute URI")
  def merge(_base, %URI{scheme: scheme} = rel) when scheme != nil, do: %{rel | path: drop_dots(rel.path)}

  def merge(base, %URI{host: host} = rel) when host != nil,
    do: %{rel | scheme: base.scheme, path: drop_dots(rel.path)}

  def merge(%URI{} = base, %URI{path: nil} = rel), do: %{base | query: rel.query || base.query, fragment: rel.fragment}

  def merge(%URI{} = base, %URI{} = rel),
    do: %{base | path: merge_paths(base.path, rel.path), query: rel.query, fragment: rel.fragment}

  def merge(base, rel), do: merge(parse(base), parse(rel))

  defp merge_paths(nil, rel), do: merge_paths("/", rel)
  defp merge_paths(_base, "/" <> _ = rel), do: drop_dots(rel)

  defp merge_paths(base, rel) do
    [_ | base_segments] = reversed_segments(base)
    (reversed_segments(rel) ++ base_segments) |> resolve_dots([]) |> Enum.join("/")
  end

  defp drop_dots(nil), do: nil
  defp drop_dots(path), do: path |> reversed_segments() |> resolve_dots([]) |> Enum.join("/")

  defp reversed_segments(path), do: path |> String.split("/") |> Enum.reverse()

  # Walks the reversed segments, building the result in order.
  defp resolve_dots([], [head, ".." | acc]), do: resolve_dots([], [head | acc])
  defp resolve_dots([], acc), do: acc
  defp resolve_dots(["." | tail], acc), do: resolve_dots(tail, acc)
  defp resolve_dots([head | tail], ["..", ".." | _] = acc), do: resolve_dots(tail, [head | acc])
  defp resolve_dots(segments, [_, ".." | acc]), do: resolve_dots(segments, acc)
  defp resolve_dots([head | tail], acc), do: resolve_dots(tail, [head | acc])

  def append_query(%URI{query: query} = uri, new) when is_binary(new) and query in [nil, ""], do: %{uri | query: new}

  def append_query(%URI{query: query} = uri, new) when is_binary(new) do
    if String.ends_with?(query, "&"), do: %{uri | query: query <> new}, else: %{uri | query: query <> "&" <> new}
  end
end

defimpl String.Chars, for: URI do
  def to_string(%{host: host, path: path} = uri)
      when host != nil and is_binary(path) and path != "" and binary_part(path, 0, 1) != "/" do
    raise ArgumentError,
          ":path in URI must be empty or an absolute path if URL has a :host, got: #{inspect(uri)}"
  end

  def to_string(%{scheme: scheme, port: port} = uri) do
    uri = if scheme != nil and URI.default_port(scheme) == port, do: %{uri | port: nil}, else: uri

    IO.iodata_to_binary([
      if(scheme, do: [scheme, ?:], else: []),
      case authority(uri) do
        nil -> []
        authority -> ["//" | authority]
      end,
      uri.path || [],
      if(uri.query, do: ["?" | uri.query], else: []),
      if(uri.fragment, do: ["#" | uri.fragment], else: [])
    ])
  end

  defp authority(%{host: nil, authority: authority}), do: authority

  defp authority(%{host: host, userinfo: userinfo, port: port}) do
    [
      if(userinfo, do: [userinfo, ?@], else: []),
      if(String.contains?(host, ":"), do: ["[", host, "]"], else: host),
      if(port, do: [?: | Integer.to_string(port)], else: [])
    ]
  end
end
