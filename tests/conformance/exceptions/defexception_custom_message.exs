defmodule HttpError do
  defexception [:status, :url]

  @impl true
  def message(%{status: status, url: url}), do: "HTTP #{status} for #{url}"
end

defmodule Main do
  def run do
    try do
      raise HttpError, status: 404, url: "/x"
    rescue
      e in HttpError ->
        IO.puts(Exception.message(e))
        IO.inspect(e.status)
        IO.inspect(e)
    end
  end
end

Main.run()
