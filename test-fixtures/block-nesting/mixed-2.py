async def g():
 with x, z:
  try:
   try:
    try:
     pass
    except E:
     try:
      pass
     except E as e:
      try:
       try:
        pass
       except E as e:
        for x in y:
         pass
        else:
         for x in y:
          pass
         else:
          try:
           if a: return 1
           async for x in y:
            async with x:
             try:
              if a: break
              if x:
               if x:
                try:
                 async with x:
                  for x in y:
                   pass
                except E:
                 pass
                finally:
                 pass
             finally:
              for x in y: pass
          finally:
           for x in y: pass
      except E:
       pass
      finally:
       pass
   finally:
    pass
  except E:
   pass
  finally:
   pass
