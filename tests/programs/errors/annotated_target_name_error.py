# An attribute target's annotation is evaluated at module level, after the assignment:
# an undefined name there is a NameError (the attribute is already set).
class Config:
    pass


config = Config()
config.debug: bool = True
config.level: int = 3
print(config.debug, config.level)
config.path: PathLike = '/tmp'
print('not reached')
