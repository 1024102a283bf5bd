async def g():
 try:
  pass
 except E as e:
  try:
   with x, z:
    while x:
     async for x in y:
      try:
       for x in y:
        try:
         try:
          try:
           if a: return 1
           try:
            async with x:
             try:
              try:
               try:
                pass
               finally:
                if a: continue
                if x:
                 try:
                  pass
                 except E:
                  try:
                   try:
                    pass
                   except E as e:
                    while x:
                     break
                  except* E:
                   pass
              except E:
               pass
             finally:
              pass
           except E:
            pass
           finally:
            pass
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
  except E:
   pass
  finally:
   pass
