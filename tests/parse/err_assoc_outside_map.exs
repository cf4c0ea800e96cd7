a => b
