Enum.max([])
