async def g():
 try:
  try:
   pass
  except E as e:
   async with x:
    for x in y:
     async for x in y:
      try:
       with x, z:
        try:
         if a: return x
         for x in y:
          pass
         else:
          try:
           if a: return x
           if x:
            while x:
             try:
              try:
               if a: return x
               for x in y:
                while x:
                 async for x in y:
                  try:
                   pass
                  finally:
                   a = [x async for x in y]
              finally:
               for x in y: pass
             finally:
              pass
          finally:
           for x in y: pass
        finally:
         for x in y: pass
      except* E:
       pass
 except E:
  pass
 finally:
  pass
