async def g():
 for x in y:
  pass
 else:
  try:
   pass
  except E:
   pass
  else:
   async for x in y:
    try:
     try:
      if a: return x
      try:
       try:
        if a: break
        while x:
         async for x in y:
          while x:
           try:
            if a: return 1
            for x in y:
             if x:
              try:
               try:
                if a: return x
                try:
                 pass
                except E as e:
                 for x in y:
                  pass
                 else:
                  try:
                   try:
                    pass
                   except E as e:
                    if x:
                     async with x:
                      a = [x async for x in y]
                  except* E:
                   pass
               finally:
                for x in y: pass
              except* E:
               pass
           finally:
            for x in y: pass
       finally:
        for x in y: pass
      except* E:
       pass
     finally:
      for x in y: pass
    except E:
     pass
    finally:
     pass
