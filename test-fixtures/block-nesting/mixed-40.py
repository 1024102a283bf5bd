async def g():
 async for x in y:
  try:
   pass
  except E as e:
   try:
    for x in y:
     pass
    else:
     try:
      if x:
       try:
        try:
         pass
        finally:
         try:
          try:
           try:
            try:
             pass
            except E as e:
             if x:
              if x:
               yield
           except E:
            pass
           finally:
            pass
          finally:
           pass
         except* E:
          pass
       finally:
        pass
     except E:
      pass
     finally:
      pass
   except E:
    pass
   finally:
    pass
