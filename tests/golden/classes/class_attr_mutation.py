class Config:
    debug = False

c1 = Config()
Config.debug = True
print(c1.debug)
c1.debug = "local"
print(c1.debug, Config.debug)
del c1.debug
print(c1.debug)
Config.new_attr = 1
print(c1.new_attr)
