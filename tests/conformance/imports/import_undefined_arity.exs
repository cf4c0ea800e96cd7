IO.puts("a")
import Enum, only: [map: 3]
