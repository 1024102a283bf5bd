async def g():
 with x:
  match x:
   case 1:
    try:
     try:
      with x, z:
       async for x in y:
        for x in y:
         pass
        else:
         match x:
          case 1:
           for x in y:
            pass
           else:
            try:
             pass
            except E:
             try:
              pass
             except* E:
              if x:
               with x:
                try:
                 pass
                except E as e:
                 with x, z:
                  if x:
                   try:
                    pass
                   except E:
                    try:
                     async with x:
                      try:
                       pass
                      except E:
                       pass
                      else:
                       for x in y:
                        pass
                       else:
                        with x, z:
                         try:
                          pass
                         except E as e:
                          while x:
                           yield
                    except E:
                     pass
                    finally:
                     pass
     finally:
      pass
    finally:
     pass
