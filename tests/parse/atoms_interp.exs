x = 1
:"value_#{x}"
